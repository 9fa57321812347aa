package org.sanxiang.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.platform.AccountEvent;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: a user's own, and an administrator's for the system accounts in her scope. A token is 256 random
 * bits, so its plain SHA-256 identifies it safely and fast (no slow password hash on every call, unlike HTTP
 * Basic); only that hash is stored. Each creation and revocation is an account event, hence a ledger entry,
 * without the secret. The database is asked on every call, so a revocation or an expiry holds at once on every node.
 */
@Service
class ApiTokens {

    /** Last use is written at most this often per token: a machine client calls many times a second. */
    static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(1);

    private static final String PREFIX = "sxt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, ApplicationEventPublisher events,
            JdbcClient jdbc, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a client asks for: a name, optionally an expiry and the roles it is narrowed to. */
    record NewToken(String name, Instant expiresAt, Set<Role> roles) {
    }

    /** The one answer that carries the secret. */
    record Created(long id, String token) {
    }

    /** A token as lists show it: never the secret. */
    record TokenRow(long id, String name, Set<Role> roles, Instant createdAt, String createdBy, Instant expiresAt,
            Instant lastUsedAt, Instant revokedAt, ApiToken.Status status) {
    }

    /**
     * Creates a token for {@code owner}. Its roles are some of the owner's, and no more than the creator holds in
     * this request: a narrowed token cannot mint a wider one.
     */
    @Transactional
    Created create(CurrentUser by, UserAccount owner, NewToken form) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidInputException("令牌名称须为 1–100 个字符", "A token's name has 1-100 characters");
        }
        Instant now = clock.instant();
        if (form.expiresAt() != null && !form.expiresAt().isAfter(now)) {
            throw new InvalidInputException("到期时间须在将来", "The expiry must lie in the future");
        }
        Set<Role> allowed = EnumSet.copyOf(owner.getRoles());
        if (by.id() == owner.getId()) {
            allowed.retainAll(by.roles()); // signed in with a narrowed token: no wider token from it
        }
        Set<Role> roles = form.roles() == null || form.roles().isEmpty()
                ? (allowed.containsAll(owner.getRoles()) ? Set.of() : allowed) : EnumSet.copyOf(form.roles());
        if (allowed.isEmpty() || !allowed.containsAll(roles)) {
            throw new InvalidInputException("令牌只能限于该账号拥有的角色", "A token is narrowed to roles its account has");
        }
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random());
        ApiToken token = tokens.save(new ApiToken(owner.getId(), name, hash(secret), roles, form.expiresAt()));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("tokenId", token.getId());
        facts.put("name", name);
        facts.put("roles", roles.stream().map(Role::name).sorted().toList());
        facts.put("expiresAt", form.expiresAt() == null ? "" : form.expiresAt().toString());
        events.publishEvent(new AccountEvent("account.token-created", owner.getUsername(), owner.getAgencyId(), facts));
        return new Created(token.getId(), secret);
    }

    @Transactional(readOnly = true)
    List<TokenRow> of(UserAccount owner) {
        Instant now = clock.instant();
        return tokens.findByUserIdOrderByIdDesc(owner.getId()).stream().map(t -> new TokenRow(t.getId(),
                t.getName(), t.narrowedTo(), t.getCreatedAt(), t.getCreatedBy(), t.getExpiresAt(), t.getLastUsedAt(),
                t.getRevokedAt(), t.status(now))).toList();
    }

    /** Revokes one of the owner's tokens; revoking it again changes nothing. */
    @Transactional
    void revoke(CurrentUser by, UserAccount owner, long tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getUserId() == owner.getId())
                .orElseThrow(() -> new NotFoundException("没有此令牌：" + tokenId, "No such token: " + tokenId));
        if (token.getRevokedAt() != null) {
            return;
        }
        token.revoke(by.username(), clock.instant());
        events.publishEvent(new AccountEvent("account.token-revoked", owner.getUsername(), owner.getAgencyId(),
                Map.of("tokenId", token.getId(), "name", token.getName())));
    }

    /**
     * The principal a bearer secret stands for: its account, with the token's roles if it is narrowed; empty when
     * the token is unknown, revoked or expired, or its account disabled.
     */
    Optional<AccountPrincipal> authenticate(String secret) {
        Instant now = clock.instant();
        Optional<ApiToken> token = tokens.findByTokenHash(hash(secret))
                .filter(t -> t.status(now) == ApiToken.Status.ACTIVE);
        Optional<AccountPrincipal> principal = token
                .flatMap(t -> accounts.findById(t.getUserId()).filter(UserAccount::isEnabled)
                        .map(a -> principal(a, t.narrowedTo())));
        principal.ifPresent(p -> touch(token.get(), now));
        return principal;
    }

    private static AccountPrincipal principal(UserAccount account, Set<Role> narrowedTo) {
        CurrentUser user = account.toCurrentUser();
        if (!narrowedTo.isEmpty()) {
            Set<Role> roles = EnumSet.copyOf(narrowedTo);
            roles.retainAll(user.roles());
            user = new CurrentUser(user.id(), user.username(), user.displayName(), user.agencyId(), Set.copyOf(roles));
        }
        // login throttling stops password guessing; it does not stop the account's tokens
        return new AccountPrincipal(user, UserAccount.NO_PASSWORD, true);
    }

    /** Records the use, unless it was recorded within the last minute (by this node or another). */
    private void touch(ApiToken token, Instant now) {
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(LAST_USE_GRANULARITY))) {
            jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null "
                            + "or last_used_at < ?)")
                    .params(Timestamp.from(now), token.getId(), Timestamp.from(now.minus(LAST_USE_GRANULARITY)))
                    .update();
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
