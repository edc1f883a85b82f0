package dev.signals.autoconfigure;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.signals.BulkMode;
import dev.signals.FailurePolicy;
import dev.signals.Phase;
import dev.signals.durable.DurableProperties;
import dev.signals.external.ExternalProperties;
import dev.signals.externalization.ExternalizationProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Switches of signals, under {@code signals.*}. Unknown keys fail binding.
 *
 * @since 0.1.0
 */
@ConfigurationProperties(prefix = "signals", ignoreUnknownFields = false)
public class SignalsProperties {

	/**
	 * Whether model signals are sent at all. When false, no listener is registered and the
	 * Signals bean sends nothing.
	 */
	private boolean enabled = true;

	/**
	 * Which signal types are sent.
	 */
	private final Types types = new Types();

	/**
	 * Receivers switched on (true) or off (false) by their id. Each key must be the id of a
	 * receiver; use brackets for ids with dots, e.g. {@code signals.receivers[Foo.onSave]}.
	 */
	private Map<String, Boolean> receivers = new LinkedHashMap<>();

	/**
	 * What happens when a receiver throws, per phase (immediate, before-commit,
	 * after-commit, after-rollback, after-completion). Defaults: propagate for immediate and
	 * before-commit, log for the others.
	 */
	private Map<Phase, FailurePolicy> failurePolicy = new EnumMap<>(Phase.class);

	/**
	 * What happens when a bulk JPQL or Criteria statement writes rows of an entity that has
	 * receivers.
	 */
	private BulkMode bulk = BulkMode.SIGNAL;

	/**
	 * The recursion guard.
	 */
	private final Recursion recursion = new Recursion();

	/**
	 * Whether the receivers of each entity are logged at startup: one line per entity at
	 * INFO, every receiver with its method and attributes at DEBUG.
	 */
	private boolean startupReport = true;

	/**
	 * Retries and resubmissions of durable receivers.
	 */
	@NestedConfigurationProperty
	private final DurableProperties durable = new DurableProperties();

	/**
	 * Routes that send signals to message brokers.
	 */
	@NestedConfigurationProperty
	private final ExternalizationProperties externalization = new ExternalizationProperties();

	/**
	 * Changes made by other programs, read from PostgreSQL's change stream.
	 */
	@NestedConfigurationProperty
	private final ExternalProperties external = new ExternalProperties();

	/**
	 * Whether model signals are sent at all.
	 * @return whether signals are on
	 */
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * Set whether model signals are sent at all.
	 * @param enabled whether signals are on
	 */
	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * The switch of each signal type.
	 * @return the type switches
	 */
	public Types getTypes() {
		return this.types;
	}

	/**
	 * The switches of receivers by id.
	 * @return receiver id to whether it is on
	 */
	public Map<String, Boolean> getReceivers() {
		return this.receivers;
	}

	/**
	 * Set the switches of receivers by id.
	 * @param receivers receiver id to whether it is on
	 */
	public void setReceivers(Map<String, Boolean> receivers) {
		this.receivers = receivers;
	}

	/**
	 * The failure policy of each phase that is set explicitly.
	 * @return phase to failure policy
	 */
	public Map<Phase, FailurePolicy> getFailurePolicy() {
		return this.failurePolicy;
	}

	/**
	 * Set the failure policy of phases.
	 * @param failurePolicy phase to failure policy
	 */
	public void setFailurePolicy(Map<Phase, FailurePolicy> failurePolicy) {
		this.failurePolicy = failurePolicy;
	}

	/**
	 * What bulk statements do.
	 * @return the bulk mode
	 */
	public BulkMode getBulk() {
		return this.bulk;
	}

	/**
	 * Set what bulk statements do.
	 * @param bulk the bulk mode
	 */
	public void setBulk(BulkMode bulk) {
		this.bulk = bulk;
	}

	/**
	 * Whether the receivers of each entity are logged at startup.
	 * @return whether the startup report is logged
	 */
	public boolean isStartupReport() {
		return this.startupReport;
	}

	/**
	 * Set whether the receivers of each entity are logged at startup.
	 * @param startupReport whether the startup report is logged
	 */
	public void setStartupReport(boolean startupReport) {
		this.startupReport = startupReport;
	}

	/**
	 * The retries and resubmissions of durable receivers.
	 * @return the durable receivers' settings
	 */
	public DurableProperties getDurable() {
		return this.durable;
	}

	/**
	 * The routes that send signals to message brokers.
	 * @return the externalization settings
	 */
	public ExternalizationProperties getExternalization() {
		return this.externalization;
	}

	/**
	 * How changes made by other programs are read.
	 * @return the external changes' settings
	 */
	public ExternalProperties getExternal() {
		return this.external;
	}

	/**
	 * The recursion guard settings.
	 * @return the recursion settings
	 */
	public Recursion getRecursion() {
		return this.recursion;
	}

	/**
	 * The recursion guard.
	 */
	public static class Recursion {

		/**
		 * How many times the same signal about the same entity may be sent again while it is
		 * being delivered (by its receivers, or by what they wrote) before a
		 * SignalRecursionException stops it; 1 lets a receiver save its own instance once.
		 */
		private int maxDepth = 1;

		/**
		 * How deep the same signal may nest.
		 * @return the maximum depth
		 */
		public int getMaxDepth() {
			return this.maxDepth;
		}

		/**
		 * Set how deep the same signal may nest.
		 * @param maxDepth the maximum depth, at least 1
		 */
		public void setMaxDepth(int maxDepth) {
			if (maxDepth < 1) {
				throw new IllegalArgumentException(
						"signals.recursion.max-depth must be at least 1, but was " + maxDepth);
			}
			this.maxDepth = maxDepth;
		}

	}

	/**
	 * One switch per signal type.
	 */
	public static class Types {

		/**
		 * Whether pre-init signals are sent when an entity is loaded.
		 */
		private boolean preInit = true;

		/**
		 * Whether post-init signals are sent when an entity is loaded.
		 */
		private boolean postInit = true;

		/**
		 * Whether pre-save signals are sent before each INSERT and UPDATE.
		 */
		private boolean preSave = true;

		/**
		 * Whether post-save signals are sent after each INSERT and UPDATE.
		 */
		private boolean postSave = true;

		/**
		 * Whether pre-delete signals are sent when an entity is removed.
		 */
		private boolean preDelete = true;

		/**
		 * Whether post-delete signals are sent after each DELETE.
		 */
		private boolean postDelete = true;

		/**
		 * Whether m2m-changed signals are sent around many-to-many changes.
		 */
		private boolean m2mChanged = true;

		/**
		 * Whether bulk-changed signals are sent after bulk JPQL and Criteria statements.
		 */
		private boolean bulkChanged = true;

		/**
		 * Whether request-started signals are sent when an HTTP request starts.
		 */
		private boolean requestStarted = true;

		/**
		 * Whether request-finished signals are sent when an HTTP request has been handled.
		 */
		private boolean requestFinished = true;

		/**
		 * Whether got-request-exception signals are sent when an exception escapes an HTTP
		 * request's handling.
		 */
		private boolean gotRequestException = true;

		/**
		 * Whether pre-migrate signals are sent before Flyway, Liquibase or Hibernate migrate
		 * the schema.
		 */
		private boolean preMigrate = true;

		/**
		 * Whether post-migrate signals are sent after Flyway, Liquibase or Hibernate migrated
		 * the schema.
		 */
		private boolean postMigrate = true;

		/**
		 * Whether pre-init signals are sent.
		 * @return the switch
		 */
		public boolean isPreInit() {
			return this.preInit;
		}

		/**
		 * Set whether pre-init signals are sent.
		 * @param preInit the switch
		 */
		public void setPreInit(boolean preInit) {
			this.preInit = preInit;
		}

		/**
		 * Whether post-init signals are sent.
		 * @return the switch
		 */
		public boolean isPostInit() {
			return this.postInit;
		}

		/**
		 * Set whether post-init signals are sent.
		 * @param postInit the switch
		 */
		public void setPostInit(boolean postInit) {
			this.postInit = postInit;
		}

		/**
		 * Whether pre-save signals are sent.
		 * @return the switch
		 */
		public boolean isPreSave() {
			return this.preSave;
		}

		/**
		 * Set whether pre-save signals are sent.
		 * @param preSave the switch
		 */
		public void setPreSave(boolean preSave) {
			this.preSave = preSave;
		}

		/**
		 * Whether post-save signals are sent.
		 * @return the switch
		 */
		public boolean isPostSave() {
			return this.postSave;
		}

		/**
		 * Set whether post-save signals are sent.
		 * @param postSave the switch
		 */
		public void setPostSave(boolean postSave) {
			this.postSave = postSave;
		}

		/**
		 * Whether pre-delete signals are sent.
		 * @return the switch
		 */
		public boolean isPreDelete() {
			return this.preDelete;
		}

		/**
		 * Set whether pre-delete signals are sent.
		 * @param preDelete the switch
		 */
		public void setPreDelete(boolean preDelete) {
			this.preDelete = preDelete;
		}

		/**
		 * Whether post-delete signals are sent.
		 * @return the switch
		 */
		public boolean isPostDelete() {
			return this.postDelete;
		}

		/**
		 * Set whether post-delete signals are sent.
		 * @param postDelete the switch
		 */
		public void setPostDelete(boolean postDelete) {
			this.postDelete = postDelete;
		}

		/**
		 * Whether m2m-changed signals are sent.
		 * @return the switch
		 */
		public boolean isM2mChanged() {
			return this.m2mChanged;
		}

		/**
		 * Set whether m2m-changed signals are sent.
		 * @param m2mChanged the switch
		 */
		public void setM2mChanged(boolean m2mChanged) {
			this.m2mChanged = m2mChanged;
		}

		/**
		 * Whether bulk-changed signals are sent.
		 * @return the switch
		 */
		public boolean isBulkChanged() {
			return this.bulkChanged;
		}

		/**
		 * Set whether bulk-changed signals are sent.
		 * @param bulkChanged the switch
		 */
		public void setBulkChanged(boolean bulkChanged) {
			this.bulkChanged = bulkChanged;
		}

		/**
		 * Whether request-started signals are sent.
		 * @return the switch
		 */
		public boolean isRequestStarted() {
			return this.requestStarted;
		}

		/**
		 * Set whether request-started signals are sent.
		 * @param requestStarted the switch
		 */
		public void setRequestStarted(boolean requestStarted) {
			this.requestStarted = requestStarted;
		}

		/**
		 * Whether request-finished signals are sent.
		 * @return the switch
		 */
		public boolean isRequestFinished() {
			return this.requestFinished;
		}

		/**
		 * Set whether request-finished signals are sent.
		 * @param requestFinished the switch
		 */
		public void setRequestFinished(boolean requestFinished) {
			this.requestFinished = requestFinished;
		}

		/**
		 * Whether got-request-exception signals are sent.
		 * @return the switch
		 */
		public boolean isGotRequestException() {
			return this.gotRequestException;
		}

		/**
		 * Set whether got-request-exception signals are sent.
		 * @param gotRequestException the switch
		 */
		public void setGotRequestException(boolean gotRequestException) {
			this.gotRequestException = gotRequestException;
		}

		/**
		 * Whether pre-migrate signals are sent.
		 * @return the switch
		 */
		public boolean isPreMigrate() {
			return this.preMigrate;
		}

		/**
		 * Set whether pre-migrate signals are sent.
		 * @param preMigrate the switch
		 */
		public void setPreMigrate(boolean preMigrate) {
			this.preMigrate = preMigrate;
		}

		/**
		 * Whether post-migrate signals are sent.
		 * @return the switch
		 */
		public boolean isPostMigrate() {
			return this.postMigrate;
		}

		/**
		 * Set whether post-migrate signals are sent.
		 * @param postMigrate the switch
		 */
		public void setPostMigrate(boolean postMigrate) {
			this.postMigrate = postMigrate;
		}

	}

}
