package dev.signals.writes;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountProfileRepository extends JpaRepository<AccountProfile, Long> {

}
