/**
 * Statistical named-entity recognition: takes a text with its sentence spans and gives PERSON,
 * ORGANIZATION, LOCATION and MISC mentions as character offsets. The learner is an averaged
 * structured perceptron over BILOU tags with Viterbi decoding, trained by the project on the open
 * data sets listed in {@code NOTICE}; one compact model per language ships on the classpath.
 */
package org.rassegna.nlp.ner;
