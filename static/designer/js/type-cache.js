// Each resource type's schema, fetched once per page.

export function createTypeCache(api) {
  const pending = new Map();
  return {
    get(type) {
      if (!pending.has(type)) {
        const request = api.typeDetail(type).catch((error) => {
          pending.delete(type);
          throw error;
        });
        pending.set(type, request);
      }
      return pending.get(type);
    },
  };
}
