// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

'use strict';
// A straightforward JavaScript implementation of SPEC §2, §3 and §6: V8's JSON.parse and a Map
// index per keyed array. It is the yardstick the benchmarks compare MirageDesk with, and an
// independent second implementation whose final state the benchmarks check MirageDesk against.

const UUID_RE = /^\{?([0-9a-fA-F]{8})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{12})\}?$/;

function uuidKey(s) {
  if (s.length !== 36 && s.length !== 38) return null;
  if (s.length === 38 && (s[0] !== '{' || s[37] !== '}')) return null;
  const m = UUID_RE.exec(s);
  return m ? (m[1] + m[2] + m[3] + m[4] + m[5]).toLowerCase() : null;
}
function idKey(s) { const u = uuidKey(s); return u ? 'u' + u : 't' + s; }
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasStrId = (v) => isObj(v) && typeof v.id === 'string';

const indexes = new WeakMap(); // array -> Map(idKey -> element)
function indexOf(arr) {
  let ix = indexes.get(arr);
  if (!ix) {
    ix = new Map();
    for (const e of arr) if (hasStrId(e)) { const k = idKey(e.id); if (!ix.has(k)) ix.set(k, e); }
    indexes.set(arr, ix);
  }
  return ix;
}

function copyWithout(o, key) { const r = {}; for (const k of Object.keys(o)) if (k !== key) r[k] = o[k]; return r; }

function merge(target, patch) {
  if (Array.isArray(patch)) {
    if (patch.length > 0 && patch.every(hasStrId)) return mergeKeyed(Array.isArray(target) ? target : [], patch);
    return patch;
  }
  if (!isObj(patch)) return patch;
  if (patch.$patch === 'replace') return copyWithout(patch, '$patch');
  const t = isObj(target) ? target : {};
  for (const k of Object.keys(patch)) {
    if (k === '$patch') continue;
    const v = patch[k];
    if (v === null || (isObj(v) && v.$patch === 'delete')) { delete t[k]; continue; }
    t[k] = merge(t[k], v);
  }
  return t;
}

function mergeElement(el, patch) {
  const id = el.id;
  if (patch.$patch === 'replace') { const r = copyWithout(patch, '$patch'); r.id = id; return r; }
  const p = copyWithout(patch, 'id');
  const r = merge(el, p);
  r.id = id;
  return r;
}

function mergeKeyed(arr, patch) {
  const ix = indexOf(arr);
  const before = arr.length;
  const full = before > 0 && patch.length >= before && ix.size === before && arr.every(hasStrId);
  const named = full ? new Set() : null;
  const order = [];
  let deleted = false;
  for (const p of patch) {
    const k = idKey(p.id);
    const el = ix.get(k);
    if (p.$patch === 'delete') {
      if (el) { ix.delete(k); el.__deleted = true; deleted = true; if (named) named.add(el); }
      continue;
    }
    if (el) {
      const merged = mergeElement(el, p);
      if (merged !== el) { // replaced: put the new object where the old one was
        arr[arr.indexOf(el)] = merged; ix.set(k, merged);
      }
      if (named && !named.has(el)) { named.add(el); order.push(merged); }
    } else {
      const n = merge(undefined, p);
      arr.push(n); ix.set(k, n);
      if (named) { named.add(n); order.push(n); }
    }
  }
  let result = arr;
  if (deleted) result = arr.filter((e) => !e.__deleted);
  if (full) {
    let originals = 0;
    for (let i = 0; i < before; i++) if (named.has(arr[i]) || arr[i].__deleted) originals++;
    if (originals === before) result = order.filter((e) => !e.__deleted);
  }
  if (result !== arr) { indexes.delete(arr); }
  return result;
}

function sameId(a, b) { const ua = uuidKey(a), ub = uuidKey(b); return ua && ub ? ua === ub : a === b; }
function first(msg, keys) { for (const k of keys) if (Object.prototype.hasOwnProperty.call(msg, k)) return [k, msg[k]]; return null; }

class State {
  constructor(activityId) {
    this.activityId = activityId ? (uuidKey(activityId) ? canonical(activityId) : activityId) : null;
    this.activity = null; this.deleted = false; this.hash = null; this.applied = 0; this.rejected = 0;
    this.participants = new Map(); this.files = new Map();
  }
  reject(reason) { this.rejected++; return { applied: false, error: reason }; }
  applyText(text) {
    let msg;
    try { msg = JSON.parse(text); } catch (e) { return this.reject('not JSON'); }
    return this.apply(msg);
  }
  apply(msg) {
    if (!isObj(msg)) return this.reject('not an object');
    const id = msg.id;
    if (typeof id !== 'number' || !Number.isInteger(id)) return this.reject('id');
    if (id < 100) return this.reject('id < 100');
    const aid = msg.activity_id;
    const needs = !(id >= 300 && id < 400) && id !== 105 && id !== 114;
    if (aid !== undefined && aid !== null) {
      if (typeof aid !== 'string') return this.reject('activity_id type');
      if (this.activityId && !sameId(aid, this.activityId)) return this.reject('other activity');
    } else if (needs) return this.reject('activity_id missing');
    const obj = (keys) => { const f = first(msg, keys); return f && isObj(f[1]) ? f[1] : null; };
    const keyed = (keys) => { const o = obj(keys); return o && typeof o.id === 'string' ? o : null; };
    switch (id) {
      case 101: case 104: { const o = obj(['data', 'activity', 'updated_fields']); if (!o) return this.reject('payload'); this.activity = o; this.deleted = false; break; }
      case 102: { const o = obj(['updated_fields', 'data']); if (!o) return this.reject('payload'); this.activity = merge(this.activity, o); break; }
      case 103: this.deleted = true; break;
      case 105: if (!Array.isArray(msg.data)) return this.reject('payload'); break;
      case 111: case 112: {
        const o = id === 111 ? obj(['updated_fields', 'data']) : obj(['data', 'config', 'updated_fields']);
        if (!o) return this.reject('payload');
        if (!isObj(this.activity)) this.activity = {};
        this.activity.config = id === 111 ? merge(this.activity.config, o) : o;
        break;
      }
      case 113: {
        let h = msg.hash; if (h === undefined && isObj(msg.data)) h = msg.data.hash;
        if (typeof h !== 'string') return this.reject('hash'); this.hash = h; break;
      }
      case 114: if (!('data' in msg) || !(isObj(msg.data) || Array.isArray(msg.data))) return this.reject('payload'); break;
      case 201: case 202: case 203: case 401: case 402: case 403: {
        const o = keyed(id < 400 ? ['user', 'data', 'updated_fields'] : ['file', 'data', 'updated_fields']);
        if (!o) return this.reject('payload');
        const map = id < 400 ? this.participants : this.files;
        const k = idKey(o.id);
        if (id === 202 || id === 402) map.delete(k);
        else if (id === 403) { const f = map.get(k); if (f) f.download_count = (typeof f.download_count === 'number' ? f.download_count : 0) + 1; }
        else { const cur = map.get(k); if (cur) map.set(k, mergeElement(cur, o)); else { const n = merge(undefined, o); n.id = o.id; map.set(k, n); } }
        break;
      }
      case 301: case 302: {
        const d = isObj(msg.data) ? msg.data : {};
        const t = msg.title !== undefined ? msg.title : d.title, m = msg.message !== undefined ? msg.message : d.message;
        if ((t === undefined || t === null) && (m === undefined || m === null)) return this.reject('payload');
        if ((t != null && typeof t !== 'string') || (m != null && typeof m !== 'string')) return this.reject('type');
        break;
      }
      default: break;
    }
    if (!this.activityId && typeof aid === 'string') this.activityId = uuidKey(aid) ? canonical(aid) : aid;
    this.applied++;
    return { applied: true };
  }
  dump() {
    const byId = (m) => [...m.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { activity_id: this.activityId, activity: this.activity, deleted: this.deleted, participants: byId(this.participants),
      files: byId(this.files), hash: this.hash, applied: this.applied, rejected: this.rejected };
  }
}
function canonical(s) { const u = uuidKey(s); return `${u.slice(0, 8)}-${u.slice(8, 12)}-${u.slice(12, 16)}-${u.slice(16, 20)}-${u.slice(20)}`; }

module.exports = { State, merge, uuidKey };
