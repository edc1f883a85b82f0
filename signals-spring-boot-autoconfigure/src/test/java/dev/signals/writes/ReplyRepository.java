package dev.signals.writes;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyRepository extends JpaRepository<Reply, Long> {

}
