package dev.signals.hibernate;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The names of some attributes, as a set backed by Hibernate's array of property names and
 * the indexes its dirty check returned, in the entity's attribute order: no copy per write.
 */
final class AttributeNames extends AbstractSet<String> {

	private final String[] names;

	private final int[] indexes;

	AttributeNames(String[] names, int[] indexes) {
		this.names = names;
		this.indexes = indexes;
	}

	@Override
	public Iterator<String> iterator() {
		return new Iterator<>() {

			private int next;

			@Override
			public boolean hasNext() {
				return this.next < AttributeNames.this.indexes.length;
			}

			@Override
			public String next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return AttributeNames.this.names[AttributeNames.this.indexes[this.next++]];
			}

		};
	}

	@Override
	public boolean contains(Object name) {
		for (int index : this.indexes) {
			if (this.names[index].equals(name)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public int size() {
		return this.indexes.length;
	}

}
