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
