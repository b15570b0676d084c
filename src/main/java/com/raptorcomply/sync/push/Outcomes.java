package com.raptorcomply.sync.push;

import com.raptorcomply.sync.client.RemoteRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write known to be applied lands in one transaction: the ledger row done, the desired row linked (a create), and
 * the mirror and its history updated from the API's answer.
 */
@Component
class Outcomes {

    private final PushLedger ledger;
    private final PlanInputs inputs;
    private final PushMirror mirror;
    private final TransactionTemplate transaction;

    Outcomes(PushLedger ledger, PlanInputs inputs, PushMirror mirror, PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.inputs = inputs;
        this.mirror = mirror;
        this.transaction = new TransactionTemplate(transactions);
    }

    void created(long runId, LedgerRow row, RemoteRecord created, Integer httpStatus) {
        transaction.executeWithoutResult(status -> {
            ledger.done(row.pushId(), created.id(), httpStatus);
            inputs.linkOne(row.externalRef(), created.id());
            mirror.store(runId, created);
        });
    }

    void updated(long runId, LedgerRow row, RemoteRecord updated, Integer httpStatus) {
        transaction.executeWithoutResult(status -> {
            ledger.done(row.pushId(), null, httpStatus);
            mirror.store(runId, updated);
        });
    }

    void deleted(long runId, LedgerRow row, Integer httpStatus) {
        transaction.executeWithoutResult(status -> {
            ledger.done(row.pushId(), null, httpStatus);
            mirror.markDeleted(runId, row.remoteId());
        });
    }
}
