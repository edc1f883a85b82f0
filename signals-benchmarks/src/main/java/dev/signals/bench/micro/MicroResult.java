package dev.signals.bench.micro;

/**
 * One JMH result: a benchmark with its receivers parameter, its average time and the bytes
 * it allocates per operation.
 *
 * @param benchmark the benchmark method name
 * @param receivers the receivers (or observation) parameter, empty for benchmarks without one
 * @param nanos the average time per operation in nanoseconds
 * @param bytes the bytes allocated per operation (JMH's {@code gc.alloc.rate.norm})
 */
public record MicroResult(String benchmark, String receivers, double nanos, double bytes) {

}
