package dev.signals.hibernate;

import org.hibernate.engine.spi.EntityEntryExtraState;
import org.jspecify.annotations.Nullable;

/**
 * Remembers, on the persistence-context entry of an entity removed by a cascade, the entity
 * whose removal started the cascade, until the entity's DELETE runs at flush time.
 */
final class DeletionOrigin implements EntityEntryExtraState {

	private final Object origin;

	private @Nullable EntityEntryExtraState next;

	DeletionOrigin(Object origin) {
		this.origin = origin;
	}

	Object origin() {
		return this.origin;
	}

	@Override
	public void addExtraState(EntityEntryExtraState extraState) {
		if (this.next == null) {
			this.next = extraState;
		}
		else {
			this.next.addExtraState(extraState);
		}
	}

	@Override
	public <T extends EntityEntryExtraState> @Nullable T getExtraState(Class<T> extraStateType) {
		if (extraStateType.isInstance(this)) {
			return extraStateType.cast(this);
		}
		return (this.next != null) ? this.next.getExtraState(extraStateType) : null;
	}

}
