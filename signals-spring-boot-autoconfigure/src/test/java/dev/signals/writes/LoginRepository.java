package dev.signals.writes;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginRepository extends JpaRepository<Login, Long> {

}
