package dev.signals;

import org.springframework.context.ApplicationEvent;
import org.springframework.core.ResolvableType;
import org.springframework.core.ResolvableTypeProvider;
import org.springframework.util.Assert;

/**
 * Sent after a JPQL or Criteria bulk statement ({@code executeUpdate()}, Spring Data
 * {@code @Modifying} queries) wrote rows of an entity's table without going through entity
 * instances, so that no save or delete signal was sent for them. Receive it with
 * {@code @SignalReceiver void on(BulkChanged<Article> signal)}; phases apply as usual.
 *
 * @param <T> the entity class
 * @since 0.1.0
 */
public final class BulkChanged<T> extends ApplicationEvent implements ResolvableTypeProvider {

	private static final long serialVersionUID = 1L;

	private final transient Class<T> sender;

	/** The kind of statement. */
	private final BulkOperation operation;

	/** The rows the statement changed. */
	private final int rowCount;

	/** The persistence unit. */
	private final String using;

	/**
	 * Create a signal.
	 * @param sender the entity class whose table was written
	 * @param operation the kind of statement
	 * @param rowCount the number of rows the statement changed
	 * @param using the persistence unit name
	 */
	public BulkChanged(Class<T> sender, BulkOperation operation, int rowCount, String using) {
		super(sender);
		Assert.notNull(operation, "'operation' must not be null");
		Assert.notNull(using, "'using' must not be null");
		this.sender = sender;
		this.operation = operation;
		this.rowCount = rowCount;
		this.using = using;
	}

	/**
	 * The entity class whose table was written.
	 * @return the entity class
	 */
	public Class<T> sender() {
		return this.sender;
	}

	/**
	 * The kind of statement.
	 * @return the operation
	 */
	public BulkOperation operation() {
		return this.operation;
	}

	/**
	 * The number of rows the statement changed.
	 * @return the row count
	 */
	public int rowCount() {
		return this.rowCount;
	}

	/**
	 * The name of the persistence unit that ran the statement.
	 * @return the persistence unit name
	 */
	public String using() {
		return this.using;
	}

	/**
	 * An immutable copy of this signal that can be stored, sent to a broker and read back
	 * (see {@link SignalSnapshot}).
	 * @return the snapshot, with a new {@link SignalSnapshot#id() id}
	 * @since 0.2.0
	 */
	public SignalSnapshot<T> snapshot() {
		return Snapshots.of(this);
	}

	@Override
	public ResolvableType getResolvableType() {
		return ResolvableType.forClassWithGenerics(BulkChanged.class, this.sender);
	}

	@Override
	public String toString() {
		return "BULK_CHANGED[" + this.operation + " " + this.sender.getSimpleName() + ", " + this.rowCount + " rows]";
	}

}
