package dev.signals.dispatch;

import dev.signals.Phase;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.SignalSnapshot;
import dev.signals.SignalsConfigurationException;

/**
 * Checks what a {@link SignalReceiver#durable() durable} or
 * {@link SignalReceiver#external() external} receiver must be, and that a
 * {@link SignalSnapshot} parameter belongs to one.
 */
final class DurableReceivers {

	private DurableReceivers() {
	}

	static void check(SignalReceiver annotation, Class<?> parameterClass, boolean async, String where) {
		if (annotation.external()) {
			checkExternal(annotation, parameterClass, async, where);
			return;
		}
		if (!annotation.durable()) {
			if (parameterClass == SignalSnapshot.class) {
				throw new SignalsConfigurationException("@SignalReceiver method " + where
						+ " takes a SignalSnapshot but is not durable; snapshots are what durable receivers get.",
						"Declare " + where + " with @SignalReceiver(value = ..., phase = Phase.AFTER_COMMIT, "
								+ "durable = true), or take the signal itself, such as PostSave<Article>.");
			}
			return;
		}
		fail(annotation.phase() != Phase.AFTER_COMMIT, where,
				"is durable with phase " + annotation.phase() + "; durable receivers run after the commit",
				"Declare " + where + " with phase = Phase.AFTER_COMMIT, or remove durable = true.");
		fail(parameterClass != SignalSnapshot.class && parameterClass != SignalEvent.class, where,
				"is durable but takes a " + parameterClass.getSimpleName()
						+ "; a durable receiver gets what can be stored: a SignalSnapshot (or a SignalEvent of a "
						+ "custom signal)",
				"Change the parameter of " + where + " to SignalSnapshot<Entity>.");
		fail(parameterClass == SignalSnapshot.class && annotation.value().length == 0, where,
				"is durable but names no signal types",
				"Name the signal types " + where
						+ " receives, such as @SignalReceiver(value = SignalType.POST_SAVE, phase = "
						+ "Phase.AFTER_COMMIT, durable = true).");
		fail(async, where,
				"is durable and @Async: its delivery would be marked complete before it ran, and lost in a crash",
				"Remove @Async from " + where + "; durable deliveries that fail are retried on their own.");
	}

	private static void checkExternal(SignalReceiver annotation, Class<?> parameterClass, boolean async,
			String where) {
		fail(parameterClass != SignalSnapshot.class, where,
				"is external but takes a " + parameterClass.getSimpleName()
						+ "; changes made by other programs arrive as SignalSnapshot<Entity>",
				"Change the parameter of " + where + " to SignalSnapshot<Entity>.");
		fail(annotation.durable(), where,
				"is both external and durable; external changes are delivered at least once already",
				"Remove durable = true from " + where + ".");
		fail(annotation.phase() != Phase.IMMEDIATE, where,
				"is external with phase " + annotation.phase()
						+ "; external changes were committed by another program, outside any transaction of this one",
				"Remove the phase of " + where + ".");
		fail(annotation.field().length > 0 || !annotation.condition().isEmpty(), where,
				"is external and declares a field or condition, which external receivers do not support",
				"Remove field and condition from " + where + " and look at the snapshot's updateFields() instead.");
		fail(async, where,
				"is external and @Async: the change's position would be stored before the receiver ran, and the "
						+ "change lost in a crash",
				"Remove @Async from " + where + "; failed external deliveries are retried on their own.");
	}

	private static void fail(boolean failed, String where, String problem, String action) {
		if (failed) {
			throw new SignalsConfigurationException("@SignalReceiver method " + where + " " + problem + ".", action);
		}
	}

}
