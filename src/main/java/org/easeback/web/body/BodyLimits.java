package org.easeback.web.body;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much of a request body EaseBack reads, how fast it must arrive and how many
 * requests may read one at once ({@code easeback.http.*}, docs/reliability.md, request
 * bodies).
 *
 * @param maxJsonBody the largest JSON (or other non-form) body; larger is {@code 413}
 * @param maxImportBody the largest body of the account import API
 * @param bodyReaders requests that may read a body at the same time; fewer than the
 * worker threads, so a worker is always left for requests without a body (0: half of
 * them)
 * @param bodyReaderQueue requests that may wait for a reader; the others are answered
 * {@code 503} at once, so waiting cannot hold the remaining workers either (-1: a quarter
 * of the workers)
 * @param bodyReaderWait how long a request waits for a free reader before {@code 503}
 * @param bodyReadDeadline the time a JSON body has to arrive in full; later is
 * {@code 408}
 * @param importReadDeadline the same for the account import API
 */
@ConfigurationProperties("easeback.http")
record BodyLimits(DataSize maxJsonBody, DataSize maxImportBody, int bodyReaders, int bodyReaderQueue,
		Duration bodyReaderWait, Duration bodyReadDeadline, Duration importReadDeadline) {

	BodyLimits {
		maxJsonBody = (maxJsonBody != null) ? maxJsonBody : DataSize.ofKilobytes(64);
		maxImportBody = (maxImportBody != null) ? maxImportBody : DataSize.ofMegabytes(4);
		bodyReaderWait = (bodyReaderWait != null) ? bodyReaderWait : Duration.ofMillis(250);
		bodyReadDeadline = (bodyReadDeadline != null) ? bodyReadDeadline : Duration.ofSeconds(10);
		importReadDeadline = (importReadDeadline != null) ? importReadDeadline : Duration.ofSeconds(60);
	}

	/**
	 * These limits with the readers and their queue sized for {@code workers} threads.
	 */
	BodyLimits forWorkers(int workers) {
		int readers = (this.bodyReaders > 0) ? this.bodyReaders : Math.max(1, workers / 2);
		int queue = (this.bodyReaderQueue >= 0) ? this.bodyReaderQueue : workers / 4;
		return new BodyLimits(this.maxJsonBody, this.maxImportBody, readers, queue, this.bodyReaderWait,
				this.bodyReadDeadline, this.importReadDeadline);
	}

}
