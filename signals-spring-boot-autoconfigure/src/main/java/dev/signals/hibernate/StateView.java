package dev.signals.hibernate;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A read-only map view of one of Hibernate's state arrays, keyed by attribute name, so that
 * a save signal can answer about any attribute without copying the state.
 */
final class StateView extends AbstractMap<String, @Nullable Object> {

	private final String[] names;

	private final @Nullable Object[] values;

	StateView(String[] names, @Nullable Object[] values) {
		this.names = names;
		this.values = values;
	}

	@Override
	public boolean containsKey(Object key) {
		return indexOf(key) >= 0;
	}

	@Override
	public @Nullable Object get(Object key) {
		int index = indexOf(key);
		return (index >= 0) ? this.values[index] : null;
	}

	@Override
	public int size() {
		return this.names.length;
	}

	private int indexOf(Object key) {
		for (int i = 0; i < this.names.length; i++) {
			if (this.names[i].equals(key)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public Set<Entry<String, @Nullable Object>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public Iterator<Entry<String, @Nullable Object>> iterator() {
				return new Iterator<>() {

					private int next;

					@Override
					public boolean hasNext() {
						return this.next < StateView.this.names.length;
					}

					@Override
					public Entry<String, @Nullable Object> next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						int index = this.next++;
						return new SimpleImmutableEntry<>(StateView.this.names[index], StateView.this.values[index]);
					}

				};
			}

			@Override
			public int size() {
				return StateView.this.names.length;
			}

		};
	}

}
