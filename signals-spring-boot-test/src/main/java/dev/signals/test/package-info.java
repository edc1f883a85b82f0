/**
 * Testing support: record the signals sent during a test with
 * {@link dev.signals.test.RecordSignals @RecordSignals} and assert on them with
 * {@link dev.signals.test.RecordedSignalsAssert}. Needs {@code spring-test} and AssertJ on the
 * test class path.
 */
@NullMarked
package dev.signals.test;

import org.jspecify.annotations.NullMarked;
