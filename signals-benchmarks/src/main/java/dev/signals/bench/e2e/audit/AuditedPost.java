package dev.signals.bench.e2e.audit;

import dev.signals.bench.e2e.model.PostFields;
import jakarta.persistence.Entity;

/**
 * A post whose every insert is followed by a {@link PostAudit}: by a receiver, or by hand.
 */
@Entity
public class AuditedPost extends PostFields {

	protected AuditedPost() {
	}

	AuditedPost(String title, String body) {
		super(title, body);
	}

}
