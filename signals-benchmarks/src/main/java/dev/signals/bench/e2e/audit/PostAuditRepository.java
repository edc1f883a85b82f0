package dev.signals.bench.e2e.audit;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The repository the audit rows are saved through, by the receiver and by hand alike.
 */
public interface PostAuditRepository extends JpaRepository<PostAudit, Long> {

}
