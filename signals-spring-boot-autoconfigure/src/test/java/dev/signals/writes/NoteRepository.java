package dev.signals.writes;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoteRepository extends JpaRepository<Note, java.util.UUID> {

}
