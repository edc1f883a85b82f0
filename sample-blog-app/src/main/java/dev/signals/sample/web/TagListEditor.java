package dev.signals.sample.web;

import java.beans.PropertyEditorSupport;
import java.util.Arrays;
import java.util.List;

/**
 * Shows a list of tag names as one comma-separated text field, and reads it back.
 */
class TagListEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		setValue(Arrays.stream(text.split(",")).map(String::trim).filter((name) -> !name.isEmpty()).toList());
	}

	@Override
	public String getAsText() {
		return (getValue() instanceof List<?> names) ? String.join(", ", names.stream().map(String::valueOf).toList())
				: "";
	}

}
