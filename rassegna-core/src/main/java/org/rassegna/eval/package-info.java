/** Scores for evaluating extraction against benchmark ground truth. */
package org.rassegna.eval;
