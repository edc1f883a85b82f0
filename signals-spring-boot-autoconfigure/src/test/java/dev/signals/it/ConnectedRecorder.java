package dev.signals.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.ModelSignal;
import dev.signals.SignalConnection;
import dev.signals.SignalType;
import dev.signals.Signals;

/**
 * Records the model signals sent while it is connected, through receivers connected at run
 * time (the library's own tests cannot use the separate test artifact's
 * {@code @RecordSignals}).
 */
final class ConnectedRecorder implements AutoCloseable {

	private final List<ModelSignal<?>> recorded = new CopyOnWriteArrayList<>();

	private final List<SignalConnection> connections = new ArrayList<>();

	ConnectedRecorder(Signals signals) {
		for (SignalType type : List.of(SignalType.PRE_SAVE, SignalType.POST_SAVE, SignalType.PRE_DELETE,
				SignalType.POST_DELETE, SignalType.M2M_CHANGED)) {
			this.connections.add(signals.connect(type, null, this.recorded::add, "test-recorder-" + type));
		}
	}

	List<ModelSignal<?>> all() {
		return List.copyOf(this.recorded);
	}

	<S> List<S> of(Class<S> signalClass) {
		return this.recorded.stream().filter(signalClass::isInstance).map(signalClass::cast).toList();
	}

	void clear() {
		this.recorded.clear();
	}

	@Override
	public void close() {
		this.connections.forEach(SignalConnection::disconnect);
	}

}
