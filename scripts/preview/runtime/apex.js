/**
 * `@salesforce/apex/Class.method` in the preview: one function that can be called imperatively
 * (returns a Promise) and also carries a wire adapter (`fn.adapter`, LWC's callable-adapter form), so
 * a single import works both ways, as on the platform. Also `refreshApex` and `getSObjectValue`.
 */
import { apexError, preview } from './state.js';

// Emitted wire value -> the adapter instance that emitted it, so refreshApex(value) can re-fetch.
const adapterByWiredValue = new WeakMap();

// Wired data is read-only on the platform; freezing it here surfaces code that mutates it.
function deepFreeze(value) {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
}

export function createApexMethod(apexMethod, { cacheable }) {
  function invokeApex(params) {
    return preview.invoke(apexMethod, params, 'imperative');
  }

  invokeApex.adapter = class ApexWireAdapter {
    constructor(dataCallback) {
      this.dataCallback = dataCallback;
      this.config = undefined;
      this.disconnected = false;
      this.emitted = false;
    }
    connect() {
      this.disconnected = false;
    }
    disconnect() {
      this.disconnected = true;
    }
    update(config) {
      this.config = config;
      if (!this.emitted) this.emit({ data: undefined, error: undefined });
      this.fetch();
    }
    fetch() {
      if (cacheable === false) {
        // The platform refuses to wire a method that is not cacheable.
        const message = `${apexMethod} is wired but not @AuraEnabled(cacheable=true).`;
        console.error(`Preview: ${message}`);
        this.emit({ data: undefined, error: apexError(message) });
        return Promise.resolve();
      }
      return preview.invoke(apexMethod, this.config, 'wire').then(
        (data) => this.emit({ data: deepFreeze(data), error: undefined }),
        (error) => this.emit({ data: undefined, error: deepFreeze(error) }),
      );
    }
    emit(value) {
      this.emitted = true;
      adapterByWiredValue.set(value, this);
      if (!this.disconnected) this.dataCallback(value);
    }
  };
  return invokeApex;
}

export function refreshApex(wiredValue) {
  const adapter = adapterByWiredValue.get(wiredValue);
  return adapter ? adapter.fetch() : Promise.resolve();
}

export function getSObjectValue(sObject, field) {
  const fieldName = typeof field === 'string' ? field : field.fieldApiName;
  return fieldName.split('.').reduce((value, part) => (value == null ? undefined : value[part]), sObject);
}
