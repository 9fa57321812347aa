/**
 * Evidence store (音像记录、电子证据): audio, video, photos and scanned documents, content-addressed by SHA-256
 * (and SM3 where configured), deduplicated and write-once. Uploads are resumable (tus 1.0); every stored file,
 * view and download is a ledger entry.
 */
package org.sanxiang.evidence;
