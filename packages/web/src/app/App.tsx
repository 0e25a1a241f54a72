import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { SignInPage } from "../features/accounts/SignInPage.tsx";
import { SignUpPage } from "../features/accounts/SignUpPage.tsx";
import { AppreciationsPage } from "../features/appreciations/AppreciationsPage.tsx";
import { AssessmentsHome } from "../features/assessments/AssessmentsHome.tsx";
import { HistoryPage } from "../features/assessments/HistoryPage.tsx";
import { ResultPage } from "../features/assessments/ResultPage.tsx";
import { TakeAssessmentPage } from "../features/assessments/TakeAssessmentPage.tsx";
import { BoundariesPage } from "../features/boundaries/BoundariesPage.tsx";
import { CheckinsPage } from "../features/checkins/CheckinsPage.tsx";
import { CommitmentsPage } from "../features/commitments/CommitmentsPage.tsx";
import { CounsellorCouplePage } from "../features/counsellor/CounsellorCouplePage.tsx";
import { CounsellorHomePage } from "../features/counsellor/CounsellorHomePage.tsx";
import { CounsellorSupportPage } from "../features/counsellor/CounsellorSupportPage.tsx";
import { PartnerPage } from "../features/couples/PartnerPage.tsx";
import { GoalsPage } from "../features/goals/GoalsPage.tsx";
import { HealPage } from "../features/heal/HealPage.tsx";
import { EditEntryPage } from "../features/journal/EditEntryPage.tsx";
import { JournalPage } from "../features/journal/JournalPage.tsx";
import { LessonPage } from "../features/lessons/LessonPage.tsx";
import { LessonsPage } from "../features/lessons/LessonsPage.tsx";
import { LettersPage } from "../features/letters/LettersPage.tsx";
import { PacePage } from "../features/pace/PacePage.tsx";
import { RepairPage } from "../features/repairs/RepairPage.tsx";
import { RepairsPage } from "../features/repairs/RepairsPage.tsx";
import { SafetyCheckPage } from "../features/safety/SafetyCheckPage.tsx";
import { SafetyResultPage } from "../features/safety/SafetyResultPage.tsx";
import { SupportPage } from "../features/safety/SupportPage.tsx";
import { SessionsPage } from "../features/sessions/SessionsPage.tsx";
import { ShowItPage } from "../features/show-it/ShowItPage.tsx";
import { SpiralPage } from "../features/spiral/SpiralPage.tsx";
import { NewThoughtRecordPage } from "../features/thought-records/NewThoughtRecordPage.tsx";
import { ThoughtRecordsPage } from "../features/thought-records/ThoughtRecordsPage.tsx";
import { TimelinePage } from "../features/timeline/TimelinePage.tsx";
import { TogetherPage } from "../features/together/TogetherPage.tsx";
import { RequireCounsellor, RequireSignedIn, RequireSignedOut } from "./guards.tsx";
import { NotFound } from "./NotFound.tsx";
import { createQueryClient } from "./queryClient.ts";
import { Shell } from "./Shell.tsx";

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<Shell />}>
            <Route index element={<Navigate to="/journal" replace />} />
            <Route element={<RequireSignedOut />}>
              <Route path="sign-in" element={<SignInPage />} />
              <Route path="sign-up" element={<SignUpPage />} />
            </Route>
            <Route element={<RequireCounsellor />}>
              <Route path="counsellor" element={<CounsellorHomePage />} />
              <Route path="counsellor/couples/:coupleId" element={<CounsellorCouplePage />} />
            </Route>
            <Route element={<RequireSignedIn />}>
              <Route path="journal" element={<JournalPage />} />
              <Route path="journal/:entryId/edit" element={<EditEntryPage />} />
              <Route path="assessments" element={<AssessmentsHome />} />
              <Route path="assessments/:instrumentId" element={<TakeAssessmentPage />} />
              <Route path="assessments/:instrumentId/history" element={<HistoryPage />} />
              <Route path="assessments/:instrumentId/results/:assessmentId" element={<ResultPage />} />
              <Route path="lessons" element={<LessonsPage />} />
              <Route path="lessons/:lessonId" element={<LessonPage />} />
              <Route path="together" element={<TogetherPage />} />
              <Route path="checkins" element={<CheckinsPage />} />
              <Route path="appreciations" element={<AppreciationsPage />} />
              <Route path="letters" element={<LettersPage />} />
              <Route path="show-it" element={<ShowItPage />} />
              <Route path="commitments" element={<CommitmentsPage />} />
              <Route path="thought-records" element={<ThoughtRecordsPage />} />
              <Route path="thought-records/new" element={<NewThoughtRecordPage />} />
              <Route path="heal" element={<HealPage />} />
              <Route path="repairs" element={<RepairsPage />} />
              <Route path="repairs/:repairId" element={<RepairPage />} />
              <Route path="boundaries" element={<BoundariesPage />} />
              <Route path="pace" element={<PacePage />} />
              <Route path="goals" element={<GoalsPage />} />
              <Route path="timeline" element={<TimelinePage />} />
              <Route path="spiralling" element={<SpiralPage />} />
              <Route path="partner" element={<PartnerPage />} />
              <Route path="couple/counsellor" element={<CounsellorSupportPage />} />
              <Route path="sessions" element={<SessionsPage />} />
              <Route path="support" element={<SupportPage />} />
              <Route path="support/check" element={<SafetyCheckPage />} />
              <Route path="support/check/:checkId" element={<SafetyResultPage />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
