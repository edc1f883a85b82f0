package dev.signals.test;

import java.util.Arrays;
import java.util.List;

import dev.signals.BulkChanged;
import dev.signals.ModelSignal;
import dev.signals.SignalType;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

/**
 * Fluent assertions on recorded signals:
 * <pre class="code">
 * assertThat(signals).ofEntity(Article.class).hasTypes(PRE_SAVE, POST_SAVE);
 * assertThat(signals).ofType(POST_SAVE).single().isCreated();
 * assertThat(signals).ofType(M2M_CHANGED).signal(1).hasAction(POST_ADD).hasPkSet(tagId);
 * </pre>
 *
 * @since 0.1.0
 */
public final class RecordedSignalsAssert extends AbstractAssert<RecordedSignalsAssert, List<Object>> {

	private RecordedSignalsAssert(List<Object> signals) {
		super(signals, RecordedSignalsAssert.class);
	}

	/**
	 * Start assertions on the signals recorded so far.
	 * @param signals the recorded signals
	 * @return the assertion
	 */
	public static RecordedSignalsAssert assertThat(RecordedSignals signals) {
		return new RecordedSignalsAssert(signals.all());
	}

	/**
	 * Only the signals about an entity class (and its subclasses).
	 * @param entityClass the entity class
	 * @return an assertion on those signals
	 */
	public RecordedSignalsAssert ofEntity(Class<?> entityClass) {
		return new RecordedSignalsAssert(this.actual.stream().filter((signal) -> {
			Class<?> sender = (signal instanceof ModelSignal<?> model) ? model.sender()
					: (signal instanceof BulkChanged<?> bulk) ? bulk.sender() : null;
			return sender != null && entityClass.isAssignableFrom(sender);
		}).toList());
	}

	/**
	 * Only the signals of some types.
	 * @param types the signal types
	 * @return an assertion on those signals
	 */
	public RecordedSignalsAssert ofType(SignalType... types) {
		List<SignalType> wanted = Arrays.asList(types);
		return new RecordedSignalsAssert(
				this.actual.stream().filter((signal) -> wanted.contains(SignalType.of(signal))).toList());
	}

	/**
	 * Verify the types of the signals, in the order they were sent.
	 * @param types the expected types
	 * @return this assertion
	 */
	public RecordedSignalsAssert hasTypes(SignalType... types) {
		isNotNull();
		List<SignalType> actualTypes = this.actual.stream().map(SignalType::of).toList();
		if (!actualTypes.equals(Arrays.asList(types))) {
			failWithMessage("Expected signal types %s but were %s (%s)", Arrays.asList(types), actualTypes,
					this.actual);
		}
		return this;
	}

	/**
	 * Verify the number of signals.
	 * @param expected the expected number
	 * @return this assertion
	 */
	public RecordedSignalsAssert hasSize(int expected) {
		isNotNull();
		if (this.actual.size() != expected) {
			failWithMessage("Expected %d signals but got %d: %s", expected, this.actual.size(), this.actual);
		}
		return this;
	}

	/**
	 * Verify that no signal was recorded.
	 * @return this assertion
	 */
	public RecordedSignalsAssert isEmpty() {
		return hasSize(0);
	}

	/**
	 * Assertions on one signal.
	 * @param index its position, from 0
	 * @return an assertion on that signal
	 */
	public SignalAssert signal(int index) {
		Assertions.assertThat(this.actual).as("recorded signals").hasSizeGreaterThan(index);
		return new SignalAssert(this.actual.get(index));
	}

	/**
	 * Assertions on the only signal.
	 * @return an assertion on that signal
	 */
	public SignalAssert single() {
		hasSize(1);
		return new SignalAssert(this.actual.get(0));
	}

}
