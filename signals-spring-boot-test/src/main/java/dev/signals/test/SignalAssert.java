package dev.signals.test;

import java.util.Set;

import dev.signals.BulkChanged;
import dev.signals.BulkOperation;
import dev.signals.M2MAction;
import dev.signals.M2MChanged;
import dev.signals.ModelSignal;
import dev.signals.SaveSignal;
import dev.signals.SignalType;
import org.assertj.core.api.AbstractAssert;

/**
 * Fluent assertions on one recorded signal.
 *
 * @since 0.1.0
 */
public final class SignalAssert extends AbstractAssert<SignalAssert, Object> {

	SignalAssert(Object signal) {
		super(signal, SignalAssert.class);
	}

	/**
	 * Verify the signal's type.
	 * @param type the expected type
	 * @return this assertion
	 */
	public SignalAssert hasType(SignalType type) {
		if (SignalType.of(this.actual) != type) {
			failWithMessage("Expected a %s signal but got %s", type, this.actual);
		}
		return this;
	}

	/**
	 * Verify the instance the model signal is about.
	 * @param instance the expected instance
	 * @return this assertion
	 */
	public SignalAssert hasInstance(Object instance) {
		if (model().instance() != instance) {
			failWithMessage("Expected %s to be about %s but it is about %s", this.actual, instance, model().instance());
		}
		return this;
	}

	/**
	 * Verify that the model signal was sent inside a raw scope.
	 * @return this assertion
	 */
	public SignalAssert isRaw() {
		if (!model().raw()) {
			failWithMessage("Expected %s to be raw", this.actual);
		}
		return this;
	}

	/**
	 * Verify that the save signal is about an INSERT.
	 * @return this assertion
	 */
	public SignalAssert isCreated() {
		if (!save().created()) {
			failWithMessage("Expected %s to be about an insert but it is about an update", this.actual);
		}
		return this;
	}

	/**
	 * Verify that the save signal is about an UPDATE.
	 * @return this assertion
	 */
	public SignalAssert isUpdate() {
		if (save().created()) {
			failWithMessage("Expected %s to be about an update but it is about an insert", this.actual);
		}
		return this;
	}

	/**
	 * Verify exactly which attributes the save signal reports as changed.
	 * @param attributes the expected attribute names
	 * @return this assertion
	 */
	public SignalAssert hasUpdateFields(String... attributes) {
		if (!save().updateFields().equals(Set.of(attributes))) {
			failWithMessage("Expected %s to change %s but it changes %s", this.actual, Set.of(attributes),
					save().updateFields());
		}
		return this;
	}

	/**
	 * Verify the action of an m2m signal.
	 * @param action the expected action
	 * @return this assertion
	 */
	public SignalAssert hasAction(M2MAction action) {
		if (m2m().action() != action) {
			failWithMessage("Expected %s to have action %s", this.actual, action);
		}
		return this;
	}

	/**
	 * Verify the collection attribute and the view of an m2m signal.
	 * @param field the expected attribute
	 * @param reverse whether the reverse view is expected
	 * @return this assertion
	 */
	public SignalAssert hasField(String field, boolean reverse) {
		if (!m2m().field().equals(field) || m2m().reverse() != reverse) {
			failWithMessage("Expected %s to be about %s (reverse %s)", this.actual, field, reverse);
		}
		return this;
	}

	/**
	 * Verify exactly which keys an m2m signal carries.
	 * @param keys the expected keys
	 * @return this assertion
	 */
	public SignalAssert hasPkSet(Object... keys) {
		if (!m2m().pkSet().equals(Set.of(keys))) {
			failWithMessage("Expected %s to carry keys %s", this.actual, Set.of(keys));
		}
		return this;
	}

	/**
	 * Verify the operation and row count of a bulk signal.
	 * @param operation the expected operation
	 * @param rowCount the expected number of rows
	 * @return this assertion
	 */
	public SignalAssert isBulk(BulkOperation operation, int rowCount) {
		if (!(this.actual instanceof BulkChanged<?> bulk) || bulk.operation() != operation
				|| bulk.rowCount() != rowCount) {
			failWithMessage("Expected a bulk %s of %d rows but got %s", operation, rowCount, this.actual);
		}
		return this;
	}

	private ModelSignal<?> model() {
		return cast(ModelSignal.class);
	}

	private SaveSignal<?> save() {
		return cast(SaveSignal.class);
	}

	private M2MChanged<?> m2m() {
		return cast(M2MChanged.class);
	}

	private <S> S cast(Class<S> type) {
		isInstanceOf(type);
		return type.cast(this.actual);
	}

}
