package dev.signals.bench.e2e;

import java.lang.management.ManagementFactory;

import com.sun.management.ThreadMXBean;

/**
 * The wall-clock time a piece of work took, and the CPU time the running thread used and the
 * bytes it allocated meanwhile. The thread's CPU time leaves out the database's work and the
 * waits for it, so it shows the JVM's share of the cost with less noise.
 *
 * @param nanos the elapsed time in nanoseconds
 * @param cpuNanos the CPU time of the current thread in nanoseconds
 * @param bytes the bytes allocated by the current thread
 */
public record Measurement(long nanos, long cpuNanos, long bytes) {

	private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

	/**
	 * Run and measure some work on the current thread.
	 * @param work the work
	 * @return its measurement
	 */
	public static Measurement of(Runnable work) {
		long bytes = THREADS.getCurrentThreadAllocatedBytes();
		long cpu = THREADS.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		work.run();
		long nanos = System.nanoTime() - start;
		return new Measurement(nanos, THREADS.getCurrentThreadCpuTime() - cpu,
				THREADS.getCurrentThreadAllocatedBytes() - bytes);
	}

	/**
	 * This measurement and another added.
	 * @param other the other measurement
	 * @return the sum
	 */
	public Measurement plus(Measurement other) {
		return new Measurement(this.nanos + other.nanos, this.cpuNanos + other.cpuNanos, this.bytes + other.bytes);
	}

}
