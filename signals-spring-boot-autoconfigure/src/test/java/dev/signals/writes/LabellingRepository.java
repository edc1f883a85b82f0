package dev.signals.writes;

import org.springframework.data.jpa.repository.JpaRepository;

interface LabellingRepository extends JpaRepository<Labelling, Long> {

}
