package dev.signals.writes;

import jakarta.persistence.OneToOne;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The profile created for each new member.
 */
@Entity
public class MemberProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@OneToOne(optional = false)
	private Member member;

	protected MemberProfile() {
	}

	public MemberProfile(Member member) {
		this.member = member;
	}

	public Member getMember() {
		return this.member;
	}

	public Long getId() {
		return this.id;
	}

}
