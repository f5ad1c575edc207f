import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/peopleForms.js';

export const messages: Widen<typeof zh> = {
  peopleForms: {
    save: 'Save',
    cancel: 'Cancel',
    actions: 'Actions',
    required: 'Please enter {{field}}',
    endBeforeStart: 'The end cannot be before the start',
    conflict:
      'Someone else changed this record just now; it has been reloaded. Check it and save again.',
    publication: 'Publication',
    draft: 'Not yet (only this donor and the programme office see it)',
    publish: 'Publish now',
    team: {
      action: 'New team',
      title: 'New group-style team',
      kind: 'Kind',
      name: 'Team name',
      namePlaceholder: 'e.g. Shanghai medical team (Kashgar No. 2 Hospital)',
      donor: 'Donor',
      area: 'Area',
      host: 'Host institution',
      hostPlaceholder: 'The hospital or school taken over',
      startsOn: 'Start',
      endsOn: 'End (optional)',
      done: 'Team created: {{name}}',
    },
    member: {
      action: 'Add member',
      title: 'Add a member to “{{team}}”',
      person: 'Person',
      personPlaceholder: 'Type a name to find the donor’s people',
      noPerson: 'No one of this donor found',
      role: 'Role',
      startsOn: 'Joined on',
      done: 'Member added',
    },
    end: {
      action: 'End',
      title: 'End {{name}} on “{{team}}”',
      date: 'End date',
      submit: 'End',
      done: 'The member’s time on the team has ended',
    },
  },
};
