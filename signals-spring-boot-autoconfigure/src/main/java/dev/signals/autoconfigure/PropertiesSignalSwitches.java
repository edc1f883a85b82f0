package dev.signals.autoconfigure;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.signals.SignalType;
import dev.signals.dispatch.SignalSwitches;

/**
 * The switches set in {@code application.yml}, and the receivers switched at run time
 * (the {@code signals} actuator endpoint), which change the same state. Receiver ids match
 * ignoring case.
 */
final class PropertiesSignalSwitches implements SignalSwitches {

	private final Map<SignalType, Boolean> types = new EnumMap<>(SignalType.class);

	private final Map<String, Boolean> receivers = new ConcurrentHashMap<>();

	PropertiesSignalSwitches(SignalsProperties properties) {
		SignalsProperties.Types switches = properties.getTypes();
		this.types.put(SignalType.PRE_INIT, switches.isPreInit());
		this.types.put(SignalType.POST_INIT, switches.isPostInit());
		this.types.put(SignalType.PRE_SAVE, switches.isPreSave());
		this.types.put(SignalType.POST_SAVE, switches.isPostSave());
		this.types.put(SignalType.PRE_DELETE, switches.isPreDelete());
		this.types.put(SignalType.POST_DELETE, switches.isPostDelete());
		this.types.put(SignalType.M2M_CHANGED, switches.isM2mChanged());
		this.types.put(SignalType.BULK_CHANGED, switches.isBulkChanged());
		this.types.put(SignalType.REQUEST_STARTED, switches.isRequestStarted());
		this.types.put(SignalType.REQUEST_FINISHED, switches.isRequestFinished());
		this.types.put(SignalType.GOT_REQUEST_EXCEPTION, switches.isGotRequestException());
		this.types.put(SignalType.PRE_MIGRATE, switches.isPreMigrate());
		this.types.put(SignalType.POST_MIGRATE, switches.isPostMigrate());
		properties.getReceivers().forEach((id, enabled) -> this.receivers.put(normalize(id), enabled));
	}

	@Override
	public boolean isEnabled(SignalType type) {
		return this.types.getOrDefault(type, true);
	}

	@Override
	public boolean isReceiverEnabled(String receiverId) {
		return this.receivers.getOrDefault(normalize(receiverId), true);
	}

	@Override
	public void switchReceiver(String receiverId, boolean enabled) {
		this.receivers.put(normalize(receiverId), enabled);
	}

	static String normalize(String receiverId) {
		return receiverId.toLowerCase(Locale.ROOT);
	}

}
