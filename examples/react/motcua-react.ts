// React wrappers for the motcua elements, made with @lit/react. They live in your app, not in the
// motcua package (which has no React dependency): copy this file. Each wrapper passes React props
// to the element's properties and maps `onX` props to the element's DOM events.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  MotcuaDossierTracker,
  MotcuaDutyRoster,
  MotcuaProcedureDetail,
  MotcuaProcedureSearch,
  MotcuaProvider,
  MotcuaQrLookup,
  MotcuaQrPoster,
  MotcuaSatisfactionSurvey,
  MotcuaStats,
} from 'motcua/elements';

/** The event types come from the elements' own declarations (`HTMLElementEventMap`). */
const ev = <K extends keyof HTMLElementEventMap>(name: K) => name as EventName<HTMLElementEventMap[K]>;

export const Provider = createComponent({ react: React, tagName: 'motcua-provider', elementClass: MotcuaProvider });

export const ProcedureSearch = createComponent({
  react: React,
  tagName: 'motcua-procedure-search',
  elementClass: MotcuaProcedureSearch,
  events: { onSelect: ev('motcua-select'), onError: ev('motcua-error') },
});

export const ProcedureDetail = createComponent({
  react: React,
  tagName: 'motcua-procedure-detail',
  elementClass: MotcuaProcedureDetail,
  events: { onError: ev('motcua-error') },
});

export const DossierTracker = createComponent({
  react: React,
  tagName: 'motcua-dossier-tracker',
  elementClass: MotcuaDossierTracker,
  events: { onLookup: ev('motcua-lookup'), onResult: ev('motcua-result'), onError: ev('motcua-error') },
});

export const QrLookup = createComponent({
  react: React,
  tagName: 'motcua-qr-lookup',
  elementClass: MotcuaQrLookup,
  events: { onScan: ev('motcua-scan'), onSelect: ev('motcua-select'), onDossier: ev('motcua-dossier') },
});

export const QrPoster = createComponent({ react: React, tagName: 'motcua-qr-poster', elementClass: MotcuaQrPoster });

export const SatisfactionSurvey = createComponent({
  react: React,
  tagName: 'motcua-satisfaction-survey',
  elementClass: MotcuaSatisfactionSurvey,
  events: { onSubmit: ev('motcua-submit'), onError: ev('motcua-error') },
});

export const DutyRoster = createComponent({
  react: React,
  tagName: 'motcua-duty-roster',
  elementClass: MotcuaDutyRoster,
  events: { onWeekChange: ev('motcua-week-change'), onError: ev('motcua-error') },
});

export const Stats = createComponent({
  react: React,
  tagName: 'motcua-stats',
  elementClass: MotcuaStats,
  events: { onPeriodChange: ev('motcua-period-change'), onError: ev('motcua-error') },
});
