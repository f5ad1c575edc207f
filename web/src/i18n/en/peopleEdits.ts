import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/peopleEdits.js';

export const messages: Widen<typeof zh> = {
  peopleEdits: {
    posting: {
      action: 'Change',
      actionLabel: 'Change the posting: {{role}}',
      title: 'Change a posting of {{name}}',
      intro:
        'The rules of adding a posting hold: the term may not overlap the person’s other postings nor end before it starts; a posting in an area the donor is not paired with must be marked cross-pair.',
      done: 'The posting’s changes are saved',
    },
    mentoring: {
      action: 'Change',
      title: 'Change the mentoring: {{mentor}} and {{mentee}}',
      done: 'The mentoring’s changes are saved',
    },
    batch: {
      title: '{{donor}} · batch {{number}}',
      notFound: 'No such batch',
      loadError: 'The batch could not be loaded',
      edit: 'Edit batch',
      editTitle: 'Edit the batch',
      done: 'The batch’s changes are saved',
      programme: 'Programme',
      counts: {
        people: 'People',
        postings: 'Postings',
        servingToday: 'Serving ({{date}})',
        longTerm: 'Long-term',
        flexible: 'Flexible',
      },
      byKind: '{{kind}}: {{postings}} postings, {{serving}} serving',
      postings: 'People of this batch (postings: {{count}})',
      total: 'Postings: {{count}}',
      empty:
        'This batch has no one you may see yet. Choose this batch when adding a posting on a person’s page.',
    },
  },
};
