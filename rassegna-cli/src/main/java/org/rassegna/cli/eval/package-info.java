/** {@code rassegna eval}: scores extraction and dates against benchmark ground truth. */
package org.rassegna.cli.eval;
