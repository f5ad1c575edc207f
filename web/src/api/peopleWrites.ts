/**
 * The writes of the teams (组团式), mentoring (传帮带) and institution pairing (机构结对) screens:
 * create, change, add or end a member, a yearly assessment. Changes to an existing record send its
 * version as If-Match; a 409 means someone else changed it first (see isVersionConflict).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { InstitutionPairing, Mentoring, Team } from './people';
import type { ApiBody } from './schema';

export type NewTeam = ApiBody<'/api/teams', 'post'>;
export type NewTeamMember = ApiBody<'/api/teams/{id}/members', 'post'>;
export type TeamChanges = ApiBody<'/api/teams/{id}', 'patch'>;
export type TeamMemberChanges = ApiBody<'/api/teams/{id}/members/{memberId}', 'patch'>;
export type NewMentoring = ApiBody<'/api/mentorings', 'post'>;
export type MentoringChanges = ApiBody<'/api/mentorings/{id}', 'patch'>;
export type Assessment = ApiBody<'/api/mentorings/{id}/assessments/{year}', 'put'>;
export type NewInstitutionPairing = ApiBody<'/api/institution-pairings', 'post'>;
export type InstitutionPairingChanges = ApiBody<'/api/institution-pairings/{id}', 'patch'>;

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

export function useCreateTeam() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTeam) => api<Team>('/api/teams', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['teams'] }),
  });
}

export function useUpdateTeam() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; version: number; body: TeamChanges }) =>
      api<Team>(`/api/teams/${v.id}`, {
        method: 'PATCH',
        body: v.body,
        headers: ifMatch(v.version),
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ['teams'] }),
  });
}

export function useAddTeamMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; version: number; body: NewTeamMember }) =>
      api<Team>(`/api/teams/${v.id}/members`, {
        method: 'POST',
        body: v.body,
        headers: ifMatch(v.version),
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ['teams'] }),
  });
}

export function useUpdateTeamMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; memberId: number; version: number; body: TeamMemberChanges }) =>
      api<Team>(`/api/teams/${v.id}/members/${v.memberId}`, {
        method: 'PATCH',
        body: v.body,
        headers: ifMatch(v.version),
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ['teams'] }),
  });
}

export function useCreateMentoring() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewMentoring) => api<Mentoring>('/api/mentorings', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['mentorings'] }),
  });
}

export function useUpdateMentoring() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; version: number; body: MentoringChanges }) =>
      api<Mentoring>(`/api/mentorings/${v.id}`, {
        method: 'PATCH',
        body: v.body,
        headers: ifMatch(v.version),
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ['mentorings'] }),
  });
}

export function usePutAssessment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; year: number; version: number; body: Assessment }) =>
      api<Mentoring>(`/api/mentorings/${v.id}/assessments/${v.year}`, {
        method: 'PUT',
        body: v.body,
        headers: ifMatch(v.version),
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ['mentorings'] }),
  });
}

export function useCreateInstitutionPairing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewInstitutionPairing) =>
      api<InstitutionPairing>('/api/institution-pairings', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['institution-pairings'] }),
  });
}

export function useUpdateInstitutionPairing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; version: number; body: InstitutionPairingChanges }) =>
      api<InstitutionPairing>(`/api/institution-pairings/${v.id}`, {
        method: 'PATCH',
        body: v.body,
        headers: ifMatch(v.version),
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ['institution-pairings'] }),
  });
}
