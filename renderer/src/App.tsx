export function App() {
  return (
    <main data-testid="welcome-screen" data-app-ready="true">
      <h1>Welcome</h1>
      <p>Touch the screen to check in.</p>
    </main>
  );
}
