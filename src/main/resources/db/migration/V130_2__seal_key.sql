-- The agencies' own seal keys (电子印章) for documents: one per agency, made at its first sealed document and kept here
-- so that every node seals with the same key. The certificate (DER, self-signed, naming the agency) is public; the
-- PKCS#8 private key is encrypted with AES-256-GCM under the seal key file (sanxiang.documents.seal.key-file).
-- An agency with a CA-issued certificate in a PKCS#12 keystore (sanxiang.documents.seal.keystore) has no row here.
create table seal_key (
    agency_id           bigint        primary key references agency (id),
    certificate         bytea         not null,
    private_key_cipher  bytea         not null,
    created_at          timestamp with time zone not null
);
