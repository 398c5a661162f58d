package org.rassegna.store.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.rassegna.store.internal.StoredArticle;

/**
 * The writing side of the index. Each {@link #commit(long)} records the batch id in the commit's
 * user data, so after a crash the corpus knows which batches the index already holds: a Lucene
 * commit is atomic, so the index is always exactly at some committed batch.
 */
public final class IndexStore implements Closeable {
  /** Commit user-data key of the last batch this commit holds. */
  public static final String BATCH_KEY = "rassegna.batch";

  /** Commit user-data key of the document layout the index was written with. */
  public static final String LAYOUT_KEY = "rassegna.layout";

  /**
   * The document layout this code writes and searches: 2 added the neutral fields with offsets and
   * common grams, 3 the entity field and facets and keywords with accents folded, 4 the speaker and
   * event type facets. An index committed with another layout is rebuilt from the database on open.
   */
  public static final String LAYOUT = "4";

  private final Directory directory;
  private final IndexWriter writer;

  private IndexStore(Directory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  public static IndexStore open(Path dir) throws IOException {
    Directory d = FSDirectory.open(dir);
    IndexWriterConfig c = new IndexWriterConfig(LanguageAnalyzers.indexTime());
    c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    c.setRAMBufferSizeMB(64);
    c.setCommitOnClose(false);
    try {
      return new IndexStore(d, new IndexWriter(d, c));
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /** The batch id of the last commit; 0 for a new index. */
  public long lastBatch() {
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      if (BATCH_KEY.equals(e.getKey())) {
        return Long.parseLong(e.getValue());
      }
    }
    return 0;
  }

  /** Whether the last commit was written with this code's {@link #LAYOUT}. */
  public boolean hasCurrentLayout() {
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      if (LAYOUT_KEY.equals(e.getKey())) {
        return LAYOUT.equals(e.getValue());
      }
    }
    return false;
  }

  /**
   * Adds or replaces the article's document; a duplicate is removed, its original stands for it.
   */
  public void put(StoredArticle a) throws IOException {
    Term key = new Term(Fields.ID, a.id());
    if (a.duplicateOf().isPresent()) {
      writer.deleteDocuments(key);
    } else {
      writer.updateDocument(key, ArticleDocuments.of(a));
    }
  }

  /** Removes every document; used when the index has to be rebuilt from the database. */
  public void clear() throws IOException {
    writer.deleteAll();
  }

  public void commit(long batchId) throws IOException {
    writer.setLiveCommitData(
        Map.of(BATCH_KEY, Long.toString(batchId), LAYOUT_KEY, LAYOUT).entrySet());
    writer.commit();
  }

  /** The ids of the committed documents; for consistency checks. */
  public Set<String> committedIds() throws IOException {
    Set<String> ids = new HashSet<>();
    if (!DirectoryReader.indexExists(directory)) {
      return ids;
    }
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      for (var leaf : r.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live == null || live.get(i)) {
            ids.add(stored.document(i, Set.of(Fields.ID)).get(Fields.ID));
          }
        }
      }
    }
    return ids;
  }

  @Override
  public void close() throws IOException {
    try {
      writer.rollback();
    } finally {
      directory.close();
    }
  }
}
