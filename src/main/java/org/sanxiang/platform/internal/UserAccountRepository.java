package org.sanxiang.platform.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByAgencyIdInOrderByUsername(Collection<Long> agencyIds);

    List<UserAccount> findAllByOrderByUsername();

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    List<UserAccount> findTop50ByDisplayNameContainingOrderByUsername(String text);
}
