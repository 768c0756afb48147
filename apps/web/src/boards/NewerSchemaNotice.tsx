/** Says why a board saved by a newer Cairn is read-only here, and how to edit it. */
export function NewerSchemaNotice() {
  return (
    <p className="notice" role="alert">
      This board was saved by a newer version of Cairn. Reload the page to edit it.
    </p>
  );
}
