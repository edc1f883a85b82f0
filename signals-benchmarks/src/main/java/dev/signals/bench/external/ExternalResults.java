package dev.signals.bench.external;

import java.util.Map;

/**
 * What the external part found.
 *
 * @param rows the rows changed in each run
 * @param rounds the measured rounds
 * @param medians the median numbers of each shape's runs
 */
public record ExternalResults(int rows, int rounds, Map<ExternalShape, ExternalRun> medians) {

}
