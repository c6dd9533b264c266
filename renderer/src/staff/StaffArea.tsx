// NOTE: placeholder until the staff screens land: the PIN pad, setup and the
// front desk replace it.
export function StaffArea(props: { onExit: () => void }) {
  return (
    <section data-testid="staff-area">
      <button type="button" onClick={props.onExit}>
        Back
      </button>
    </section>
  );
}
