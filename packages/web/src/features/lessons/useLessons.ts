import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, queryKeys } from "../../api/index.ts";

export function useLessonProgress() {
  return useQuery({ queryKey: queryKeys.lessons, queryFn: api.lessons.list });
}

export function useMarkLesson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, read }: { id: string; read: boolean }) =>
      read ? api.lessons.markRead(id) : api.lessons.markUnread(id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.lessons });
    },
  });
}
