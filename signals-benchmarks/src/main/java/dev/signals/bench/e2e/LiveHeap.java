package dev.signals.bench.e2e;

import java.lang.management.ManagementFactory;

/**
 * The bytes of heap that objects still reachable occupy, measured after full garbage
 * collections.
 */
final class LiveHeap {

	private LiveHeap() {
	}

	static long bytes() {
		System.gc();
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
