import { i18n } from '#i18n';
import { useCallback, useEffect, useState } from 'react';
import { formatBytes } from '@/core/text/format-bytes';
import { readStorageStatus, requestPersistence, type StorageStatus as Status } from '@/lib/persist';
import { Button } from '../ui/Button';

/** Whether the browser promised to keep our data, and how much space it takes. */
export function StorageStatus() {
  const [status, setStatus] = useState<Status | null>(null);
  const refresh = useCallback(() => void readStorageStatus().then(setStatus), []);
  useEffect(refresh, [refresh]);

  if (!status) return <p className="cs-bk__muted">{i18n.t('storage.reading')}</p>;
  return (
    <div className="cs-bk__storage" data-persisted={status.persisted === null ? '' : String(status.persisted)}>
      {status.persisted === true ? (
        <p>{i18n.t('storage.persisted')}</p>
      ) : (
        <p>
          {status.persisted === false ? i18n.t('storage.notPersisted') : i18n.t('storage.unknown')}{' '}
          {status.persisted === false ? (
            <Button variant="quiet" onClick={() => void requestPersistence().then(refresh)}>
              {i18n.t('storage.askAgain')}
            </Button>
          ) : null}
        </p>
      )}
      <p className="cs-bk__muted">
        {status.quota !== null
          ? i18n.t('storage.usedOf', [formatBytes(status.usage), formatBytes(status.quota)])
          : i18n.t('storage.used', [formatBytes(status.usage)])}
      </p>
    </div>
  );
}
