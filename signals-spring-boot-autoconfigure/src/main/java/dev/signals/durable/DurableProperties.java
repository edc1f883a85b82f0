package dev.signals.durable;

import java.time.Duration;

/**
 * How durable receivers are retried and resubmitted ({@code signals.durable.*}, bound as
 * part of the {@code signals.*} properties).
 *
 * @since 0.2.0
 */
public class DurableProperties {

	/**
	 * How many times a delivery is attempted, the first included, before it is marked
	 * failed.
	 */
	private int maxAttempts = 3;

	/**
	 * The waits between attempts.
	 */
	private final Backoff backoff = new Backoff();

	/**
	 * How often this instance looks for deliveries to resubmit: those no instance claimed or
	 * renewed within the claim timeout (their instance died), and failed ones when
	 * {@code resubmit-failed} is on. It also looks once at startup.
	 */
	private Duration resubmissionInterval = Duration.ofSeconds(30);

	/**
	 * How long a delivery may stay unclaimed after its commit, or claimed without a new
	 * attempt, before another instance (or this one after a restart) takes it over. Must
	 * exceed the longest single attempt of a receiver.
	 */
	private Duration claimTimeout = Duration.ofMinutes(1);

	/**
	 * Whether failed deliveries are attempted again at every resubmission (once each time),
	 * so that a receiver whose broker or service was down catches up once it is back. Off,
	 * they wait for {@code DurablePublications.resubmit}.
	 */
	private boolean resubmitFailed = true;

	/**
	 * Threads that run retries and resubmissions.
	 */
	private int threads = 2;

	/**
	 * How many times a delivery is attempted before it is marked failed.
	 * @return the attempts, at least 1
	 */
	public int getMaxAttempts() {
		return this.maxAttempts;
	}

	/**
	 * Set how many times a delivery is attempted.
	 * @param maxAttempts the attempts, at least 1
	 */
	public void setMaxAttempts(int maxAttempts) {
		this.maxAttempts = maxAttempts;
	}

	/**
	 * The waits between attempts.
	 * @return the backoff
	 */
	public Backoff getBackoff() {
		return this.backoff;
	}

	/**
	 * How often deliveries are looked for to resubmit.
	 * @return the interval
	 */
	public Duration getResubmissionInterval() {
		return this.resubmissionInterval;
	}

	/**
	 * Set how often deliveries are looked for to resubmit.
	 * @param resubmissionInterval the interval
	 */
	public void setResubmissionInterval(Duration resubmissionInterval) {
		this.resubmissionInterval = resubmissionInterval;
	}

	/**
	 * How long a delivery may stay unclaimed, or claimed without a new attempt.
	 * @return the timeout
	 */
	public Duration getClaimTimeout() {
		return this.claimTimeout;
	}

	/**
	 * Set how long a delivery may stay unclaimed, or claimed without a new attempt.
	 * @param claimTimeout the timeout
	 */
	public void setClaimTimeout(Duration claimTimeout) {
		this.claimTimeout = claimTimeout;
	}

	/**
	 * Whether failed deliveries are attempted again at every resubmission.
	 * @return whether they are
	 */
	public boolean isResubmitFailed() {
		return this.resubmitFailed;
	}

	/**
	 * Set whether failed deliveries are attempted again at every resubmission.
	 * @param resubmitFailed whether they are
	 */
	public void setResubmitFailed(boolean resubmitFailed) {
		this.resubmitFailed = resubmitFailed;
	}

	/**
	 * Threads that run retries and resubmissions.
	 * @return the thread count
	 */
	public int getThreads() {
		return this.threads;
	}

	/**
	 * Set the threads that run retries and resubmissions.
	 * @param threads the thread count, at least 1
	 */
	public void setThreads(int threads) {
		this.threads = threads;
	}

	/**
	 * Exponential waits between the attempts of a delivery.
	 */
	public static class Backoff {

		/**
		 * The wait after the first failed attempt.
		 */
		private Duration initial = Duration.ofSeconds(1);

		/**
		 * What each further wait is multiplied by.
		 */
		private double multiplier = 2.0;

		/**
		 * The longest wait.
		 */
		private Duration max = Duration.ofMinutes(1);

		/**
		 * The wait after the first failed attempt.
		 * @return the wait
		 */
		public Duration getInitial() {
			return this.initial;
		}

		/**
		 * Set the wait after the first failed attempt.
		 * @param initial the wait
		 */
		public void setInitial(Duration initial) {
			this.initial = initial;
		}

		/**
		 * What each further wait is multiplied by.
		 * @return the multiplier, at least 1
		 */
		public double getMultiplier() {
			return this.multiplier;
		}

		/**
		 * Set what each further wait is multiplied by.
		 * @param multiplier the multiplier, at least 1
		 */
		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		/**
		 * The longest wait.
		 * @return the wait
		 */
		public Duration getMax() {
			return this.max;
		}

		/**
		 * Set the longest wait.
		 * @param max the wait
		 */
		public void setMax(Duration max) {
			this.max = max;
		}

		/**
		 * The wait after a failed attempt.
		 * @param failedAttempts how many attempts have failed so far, at least 1
		 * @return the wait before the next attempt
		 */
		Duration after(int failedAttempts) {
			double millis = this.initial.toMillis() * Math.pow(this.multiplier, failedAttempts - 1);
			return Duration.ofMillis((long) Math.min(millis, this.max.toMillis()));
		}

	}

}
