package dev.signals.dispatch;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import dev.signals.BulkChanged;
import dev.signals.DeleteSignal;
import dev.signals.GotRequestException;
import dev.signals.InitSignal;
import dev.signals.M2MChanged;
import dev.signals.MigrationSignal;
import dev.signals.ModelSignal;
import dev.signals.PostDelete;
import dev.signals.PostInit;
import dev.signals.PostMigrate;
import dev.signals.PostSave;
import dev.signals.PreDelete;
import dev.signals.PreInit;
import dev.signals.PreMigrate;
import dev.signals.PreSave;
import dev.signals.RequestFinished;
import dev.signals.RequestSignal;
import dev.signals.RequestStarted;
import dev.signals.SaveSignal;
import dev.signals.SignalEvent;
import dev.signals.SignalSnapshot;
import dev.signals.SignalType;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;

/**
 * What a signal class stands for: the signal types it carries and the entity class its
 * generic parameter is bound to (request and migration signals have none).
 */
final class SignalClasses {

	private static final Map<Class<?>, Set<SignalType>> TYPES = Map.ofEntries(
			Map.entry(M2MChanged.class, EnumSet.of(SignalType.M2M_CHANGED)),
			Map.entry(ModelSignal.class, modelSignalTypes()),
			Map.entry(BulkChanged.class, EnumSet.of(SignalType.BULK_CHANGED)),
			Map.entry(SignalEvent.class, EnumSet.of(SignalType.CUSTOM)),
			Map.entry(SignalSnapshot.class, snapshotTypes()),
			Map.entry(SaveSignal.class, EnumSet.of(SignalType.PRE_SAVE, SignalType.POST_SAVE)),
			Map.entry(PreSave.class, EnumSet.of(SignalType.PRE_SAVE)),
			Map.entry(PostSave.class, EnumSet.of(SignalType.POST_SAVE)),
			Map.entry(DeleteSignal.class, EnumSet.of(SignalType.PRE_DELETE, SignalType.POST_DELETE)),
			Map.entry(PreDelete.class, EnumSet.of(SignalType.PRE_DELETE)),
			Map.entry(PostDelete.class, EnumSet.of(SignalType.POST_DELETE)),
			Map.entry(InitSignal.class, EnumSet.of(SignalType.PRE_INIT, SignalType.POST_INIT)),
			Map.entry(PreInit.class, EnumSet.of(SignalType.PRE_INIT)),
			Map.entry(PostInit.class, EnumSet.of(SignalType.POST_INIT)),
			Map.entry(RequestSignal.class,
					EnumSet.of(SignalType.REQUEST_STARTED, SignalType.REQUEST_FINISHED,
							SignalType.GOT_REQUEST_EXCEPTION)),
			Map.entry(RequestStarted.class, EnumSet.of(SignalType.REQUEST_STARTED)),
			Map.entry(RequestFinished.class, EnumSet.of(SignalType.REQUEST_FINISHED)),
			Map.entry(GotRequestException.class, EnumSet.of(SignalType.GOT_REQUEST_EXCEPTION)),
			Map.entry(MigrationSignal.class, EnumSet.of(SignalType.PRE_MIGRATE, SignalType.POST_MIGRATE)),
			Map.entry(PreMigrate.class, EnumSet.of(SignalType.PRE_MIGRATE)),
			Map.entry(PostMigrate.class, EnumSet.of(SignalType.POST_MIGRATE)));

	private SignalClasses() {
	}

	private static Set<SignalType> modelSignalTypes() {
		Set<SignalType> types = EnumSet.noneOf(SignalType.class);
		for (SignalType type : SignalType.values()) {
			if (type.isModelSignal()) {
				types.add(type);
			}
		}
		return types;
	}

	private static Set<SignalType> snapshotTypes() {
		Set<SignalType> types = modelSignalTypes();
		types.add(SignalType.BULK_CHANGED);
		return types;
	}

	/**
	 * The signal types a signal class carries.
	 * @param signalClass a signal class
	 * @return the types, or {@code null} for a class that is not a signal type
	 */
	static @Nullable Set<SignalType> typesOf(Class<?> signalClass) {
		return TYPES.get(signalClass);
	}

	/**
	 * The class a signal type is bound to by its type parameter: the entity class of a model
	 * or bulk signal, the payload class of a custom signal.
	 * @param signalType a signal type, such as {@code PostSave<Article>}
	 * @return the bound class, {@code Object} for a wildcard or an unbound type
	 */
	static Class<?> senderBound(ResolvableType signalType) {
		Class<?> raw = signalType.toClass();
		Class<?> generic = ModelSignal.class.isAssignableFrom(raw) ? ModelSignal.class : raw;
		Class<?> bound = signalType.as(generic).getGeneric(0).resolve();
		return (bound != null) ? bound : Object.class;
	}

}
