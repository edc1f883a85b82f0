package dev.signals.sample.model;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Comments.
 */
public interface CommentRepository extends JpaRepository<Comment, Long> {

}
