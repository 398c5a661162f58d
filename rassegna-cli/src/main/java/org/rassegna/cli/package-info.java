/** The {@code rassegna} command: picocli subcommands composing the library's stages. */
package org.rassegna.cli;
