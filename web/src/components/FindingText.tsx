import { Typography } from 'antd';
import { Fragment } from 'react';

const ISO_DATE = /(\d{4}-\d{2}-\d{2})/;

/** A server message whose YYYY-MM-DD dates never break across lines. */
export function KeepDates({ text }: { text: string }) {
  return (
    <>
      {text.split(ISO_DATE).map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
          <span key={i} style={{ whiteSpace: 'nowrap' }}>
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** A field path (`stageDates.started.actual`) that may wrap only after its dots. */
export function FieldPath({ field }: { field: string }) {
  const parts = field.split('.');
  return (
    <Typography.Text code style={{ wordBreak: 'keep-all' }}>
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 ? (
            <>
              .<wbr />
            </>
          ) : null}
        </Fragment>
      ))}
    </Typography.Text>
  );
}
