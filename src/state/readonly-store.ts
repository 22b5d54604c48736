// A store as the views see it through the controller: its state to read and its changes to follow,
// never its actions (every change goes through a controller command). A zustand store is one.
export interface ReadonlyStore<S> {
  getState(): Readonly<S>;
  subscribe(listener: (state: Readonly<S>, prev: Readonly<S>) => void): () => void;
}
